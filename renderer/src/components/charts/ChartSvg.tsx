import type { ReactNode } from 'react';
import type { SvgText } from './LineChart';

/** The drawing surface every chart shares: its size, and a title and description for screen readers. */
export function ChartSvg({
  width,
  height,
  text,
  children,
}: {
  width: number;
  height: number;
  text: SvgText;
  children: ReactNode;
}) {
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${text.id}-title ${text.id}-desc`}
    >
      <title id={`${text.id}-title`}>{text.title}</title>
      <desc id={`${text.id}-desc`}>{text.desc}</desc>
      {children}
    </svg>
  );
}
