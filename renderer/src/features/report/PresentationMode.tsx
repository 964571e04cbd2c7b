import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '@shared/report/model';
import { ReportChartFigure } from './ReportChartFigure';
import { ReportTable } from './ReportTable';
import type { ReportLabels } from './report-labels';
import { reportSlides, type Slide } from './slides';
import { useViewportSize } from './useViewportSize';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

/**
 * The report for the board meeting: one chart or table a slide, full screen where the browser
 * allows it (else the overlay fills the window). Keys: → / Page Down / space next, ← / Page Up
 * previous, Home / End, Esc leaves (leaving full screen leaves too). Each change is announced.
 */
export function PresentationMode({
  model,
  labels,
  onClose,
}: {
  model: ReportModel;
  labels: ReportLabels;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const slides = useMemo(() => reportSlides(model), [model]);
  const [index, setIndex] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);
  const viewport = useViewportSize();
  const last = slides.length - 1;
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(last, to))), [last]);

  // Full screen is a request the browser may refuse (no user gesture, policy): the overlay stays.
  useEffect(() => {
    const root = rootRef.current;
    root?.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === root) entered = true;
      else if (entered) closeRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (root && document.fullscreenEnabled) root.requestFullscreen().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const onButton = event.target instanceof HTMLButtonElement;
      if (event.key === 'Escape') {
        event.preventDefault();
        closeRef.current();
      } else if (event.key === 'Tab') {
        trapFocus(event, rootRef.current);
      } else if (onButton && (event.key === ' ' || event.key === 'Enter')) {
        return; // the focused button acts
      } else if (NEXT.has(event.key)) {
        event.preventDefault();
        setIndex((i) => Math.min(last, i + 1));
      } else if (PREVIOUS.has(event.key)) {
        event.preventDefault();
        setIndex((i) => Math.max(0, i - 1));
      } else if (event.key === 'Home') {
        event.preventDefault();
        setIndex(0);
      } else if (event.key === 'End') {
        event.preventDefault();
        setIndex(last);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last]);

  const slide = slides[index] ?? slides[0];
  if (!slide) return null;
  const counter = t('report.presentation.counter', { current: index + 1, total: slides.length });
  return (
    <div
      ref={rootRef}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('report.presentation.label')}
      tabIndex={-1}
    >
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('report.presentation.announce', {
          current: index + 1,
          total: slides.length,
          title: slide.title,
        })}
      </p>
      <div className="presentation-top">
        <p className="presentation-kicker">{slide.kicker}</p>
        <p className="presentation-counter" data-testid="slide-counter">
          {counter}
        </p>
      </div>
      <div className="presentation-slide" key={slide.key}>
        <SlideBody slide={slide} labels={labels} viewport={viewport} />
      </div>
      <div className="presentation-bar">
        <p className="presentation-keys">{t('report.presentation.keys')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => go(index - 1)}
            disabled={index === 0}
          >
            {t('report.presentation.previous')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => go(index + 1)}
            disabled={index === last}
          >
            {t('report.presentation.next')}
          </button>
          <button type="button" className="button" onClick={() => closeRef.current()}>
            {t('report.presentation.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

function SlideBody({
  slide,
  labels,
  viewport,
}: {
  slide: Slide;
  labels: ReportLabels;
  viewport: { width: number; height: number };
}) {
  if (!slide.block)
    return (
      <div className="presentation-cover">
        <h2 className="presentation-title">{slide.title}</h2>
        {slide.lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    );
  const block = slide.block;
  return (
    <>
      <h2 className="presentation-title">{slide.title}</h2>
      {block.kind === 'chart' ? (
        <ReportChartFigure
          id={`slide-${block.id}`}
          title={block.title}
          titleHidden
          chart={block.chart}
          note={block.chart.n ? undefined : block.note}
          size={{
            width: Math.max(480, Math.min(1200, viewport.width - 160)),
            height: Math.max(260, Math.min(560, viewport.height - 300)),
            labelWidth: 320,
            barHeight: 48,
          }}
          labels={labels}
        />
      ) : (
        <ReportTable table={block} domId={`slide-${block.id}`} captionHidden />
      )}
    </>
  );
}

/** Keeps Tab and Shift+Tab among the slide's controls while the presentation is open. */
function trapFocus(event: KeyboardEvent, root: HTMLElement | null) {
  if (!root) return;
  const focusable = [
    ...root.querySelectorAll<HTMLElement>('button:not([disabled]), [href], [tabindex="0"]'),
  ];
  const first = focusable[0];
  const lastOne = focusable[focusable.length - 1];
  if (!first || !lastOne) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault();
    lastOne.focus();
  } else if (!event.shiftKey && (active === lastOne || !root.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
