import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the parts of Chart.js a horizontal bar chart needs, so the lazy chunk stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** A force's name over lines of about 14 characters, so that it fits beside a phone's bars. */
const lines = (label: string): string[] =>
  label.split(' ').reduce<string[]>((out, word) => {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + word.length < 14)
      out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
    return out;
  }, []);

export interface Bar {
  label: string;
  value: number;
  colour: string;
}

/** Horizontal bars, one per force, in its own colour with its name beside it on the axis. */
const ForceBarChart = ({
  bars,
  format,
  title,
}: {
  bars: Bar[];
  format: (n: number) => string;
  title: string;
}) => {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: {
        labels: bars.map((b) => lines(b.label)),
        datasets: [
          {
            label: title,
            data: bars.map((b) => b.value),
            backgroundColor: bars.map((b) => b.colour),
            borderColor: '#1a1a1a',
            borderWidth: 1,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            beginAtZero: true,
            // Whole steps: a count of 0.5 arrests means nothing.
            ticks: { precision: 0, callback: (v) => format(Number(v)), color: '#1a1a1a' },
          },
          // Every force named, never skipped for want of room.
          y: { ticks: { autoSkip: false, color: '#1a1a1a', font: { size: 13 } } },
        },
        plugins: {
          tooltip: { callbacks: { label: (item) => format(Number(item.raw)) } },
        },
      },
    });
    return () => chart.destroy();
  }, [bars, format, title]);

  // A screen reader hears the figures; the table is one click away for everyone.
  const description = `${title}: ${bars.map((b) => `${b.label} ${format(b.value)}`).join(', ')}`;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
    </figure>
  );
};

export default ForceBarChart;
