import { useEffect, useRef } from 'react';
import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin, { type Region } from 'wavesurfer.js/dist/plugins/regions.esm.js';
import type { RecordingReview, WaveformPeaksView } from '../../../../shared/ipc/channels/recording';
import { formatClock } from './format-time';

interface Palette {
  wave: string;
  progress: string;
  cursor: string;
  pause: string;
  longPause: string;
  pace: string;
  labelLong: string;
  onAccent: string;
}

/** Colours from the theme's CSS variables, so the waveform follows light and dark. */
function palette(): Palette {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  const dark = document.documentElement.dataset.theme === 'dark';
  return {
    wave: dark ? 'rgba(152, 161, 179, 0.55)' : 'rgba(91, 100, 119, 0.45)',
    progress: v('--accent', '#4f4fd8'),
    cursor: v('--accent-strong', '#3d3dc2'),
    pause: dark ? 'rgba(228, 174, 74, 0.16)' : 'rgba(168, 106, 0, 0.12)',
    longPause: dark ? 'rgba(240, 122, 122, 0.28)' : 'rgba(194, 59, 59, 0.18)',
    pace: v('--accent', '#4f4fd8'),
    labelLong: v('--weak', '#c23b3b'),
    onAccent: v('--on-accent', '#ffffff'),
  };
}

/** Region labels live in wavesurfer's shadow DOM, out of reach of the app's CSS: style inline. */
function label(text: string, background: string, color: string, placement: 'top' | 'bottom'): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  Object.assign(el.style, {
    display: 'inline-block',
    margin: placement === 'top' ? '4px' : '84px 4px 0',
    padding: '1px 6px',
    borderRadius: '4px',
    fontSize: '11px',
    fontWeight: '650',
    fontFamily: 'system-ui, sans-serif',
    whiteSpace: 'nowrap',
    pointerEvents: 'none',
    background,
    color,
  });
  return el;
}

const isLong = (review: RecordingReview, p: { startSec: number; endSec: number }): boolean =>
  review.longPauses.some((l) => Math.abs(l.startSec - p.startSec) < 0.01 && Math.abs(l.endSec - p.endSec) < 0.01);

/**
 * The recording's waveform from the peaks main computed (nothing is decoded here), driving the
 * page's own <video>/<audio>: click or drag to seek. Pauses are regions (long ones stronger and
 * labelled), pace changes are markers.
 */
export function Waveform({
  media,
  peaks,
  review,
}: {
  media: HTMLMediaElement | null;
  peaks: WaveformPeaksView;
  review: RecordingReview;
}) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current || !media) return;
    const colors = palette();
    const regions = RegionsPlugin.create();
    const ws = WaveSurfer.create({
      container: container.current,
      media,
      peaks: [Float32Array.from(peaks.data)],
      duration: peaks.durationSec,
      height: 112,
      waveColor: colors.wave,
      progressColor: colors.progress,
      cursorColor: colors.cursor,
      cursorWidth: 2,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      normalize: false,
      dragToSeek: true,
      plugins: [regions],
    });
    const pauseRegions: Array<{ region: Region; long: boolean }> = [];
    const paceRegions: Region[] = [];
    ws.on('decode', () => {
      for (const p of review.metrics.pauses) {
        const long = isLong(review, p);
        const region = regions.addRegion({
          start: p.startSec,
          end: p.endSec,
          color: long ? colors.longPause : colors.pause,
          drag: false,
          resize: false,
          ...(long
            ? { content: label(`${(p.endSec - p.startSec).toFixed(1)} s pause`, colors.labelLong, '#ffffff', 'top') }
            : {}),
        });
        region.element?.setAttribute('data-pause', long ? 'long' : 'short');
        pauseRegions.push({ region, long });
      }
      for (const change of review.paceChanges) {
        const marker = regions.addRegion({
          start: change.startSec,
          color: colors.pace,
          drag: false,
          resize: false,
          content: label(
            `${change.direction === 'faster' ? 'Faster' : 'Slower'} · ${Math.round(change.wpm)} wpm`,
            colors.pace,
            colors.onAccent,
            'bottom',
          ),
        });
        marker.element?.setAttribute('data-pace', change.direction);
        paceRegions.push(marker);
      }
    });
    // A click on a region seeks to where it starts (the waveform itself seeks where clicked).
    regions.on('region-clicked', (region, event) => {
      event.stopPropagation();
      ws.setTime(region.start);
    });
    const observer = new MutationObserver(() => {
      const next = palette();
      ws.setOptions({ waveColor: next.wave, progressColor: next.progress, cursorColor: next.cursor });
      for (const { region, long } of pauseRegions) region.setOptions({ color: long ? next.longPause : next.pause });
      for (const marker of paceRegions) marker.setOptions({ color: next.pace });
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      observer.disconnect();
      ws.destroy();
    };
  }, [media, peaks, review]);

  return (
    <div className="waveform">
      <div ref={container} className="waveform-canvas" data-testid="waveform" aria-label="Waveform: click to seek" />
      <div className="waveform-axis" aria-hidden="true">
        <span>0:00</span>
        <span>{formatClock(peaks.durationSec)}</span>
      </div>
    </div>
  );
}
