import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { colourOf, forceName } from '../../ui/forces';
import type { Measure } from '../measures';
import type { PhaseColumn } from './phase-columns';

// Only the parts of Chart.js stacked columns need, so the lazy chunk stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A column per phase, stacked by force, each force in its colour and named in the legend. */
const PhaseColumnChart = ({
  columns,
  forces,
  measure,
  title,
}: {
  columns: PhaseColumn[];
  forces: string[];
  measure: Measure;
  title: string;
}) => {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: {
        labels: columns.map((column) => column.label),
        datasets: forces.map((force) => ({
          label: forceName(force),
          data: columns.map((column) => column.values[force] ?? 0),
          backgroundColor: colourOf(force),
          borderColor: '#1a1a1a',
          borderWidth: 1,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, ticks: { color: '#1a1a1a' } },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: { precision: 0, callback: (v) => measure.format(Number(v)), color: '#1a1a1a' },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: '#1a1a1a' } },
          tooltip: {
            callbacks: {
              title: (items) => columns[items[0].dataIndex].name,
              label: (item) => `${item.dataset.label}: ${measure.format(Number(item.raw))}`,
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [columns, forces, measure]);

  // A screen reader hears each phase's total; the table has every force's part.
  const description = `${title}: ${columns
    .map((column) => `${column.name} ${measure.format(column.total)}`)
    .join(', ')}`;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-box phases-chart-box">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
    </figure>
  );
};

export default PhaseColumnChart;
