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

// Only what stacked columns need, so that the lazy chunk stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  colour: string;
  values: number[];
}

/** The measure over the operation's phases: a column per phase, stacked by force. */
const PhaseChart = ({
  phases,
  series,
  format,
  whole,
  title,
}: {
  /** Each phase's name and dates, the x axis. */
  phases: string[][];
  series: Series[];
  format: (n: number) => string;
  /** A count: whole steps on the axis, as half an arrest means nothing. */
  whole: boolean;
  title: string;
}) => {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: {
        labels: phases,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: s.colour,
          borderColor: '#1a1a1a',
          borderWidth: 1,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, ticks: { color: '#1a1a1a', autoSkip: false } },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: {
              precision: whole ? 0 : undefined,
              callback: (v) => format(Number(v)),
              color: '#1a1a1a',
            },
          },
        },
        plugins: {
          // Each force's name beside its colour, never colour alone.
          legend: { position: 'bottom', labels: { color: '#1a1a1a' } },
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label}: ${format(Number(item.raw))}` },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [phases, series, format, whole]);

  const description = `${title}: ${phases
    .map(
      (phase, i) =>
        `${phase.join(', ')}: ${series.map((s) => `${s.label} ${format(s.values[i])}`).join(', ')}`,
    )
    .join('; ')}`;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
    </figure>
  );
};

export default PhaseChart;
