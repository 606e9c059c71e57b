// A view whose code loads on demand (dynamic import), with a "Loading…" status until it is there:
// the popup opens with only its status view, which keeps what it loads up front small.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useTranslator } from '@/components/i18n';
import { popupMessages } from '@/core/i18n/messages/popup';

export function LazyView<P extends object>(props: { load: () => Promise<ComponentType<P>>; props: P }) {
  const t = useTranslator(popupMessages);
  const [View, setView] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    void props.load().then((component) => live && setView(() => component));
    return () => {
      live = false;
    };
  }, [props.load]);
  return View ? <View {...props.props} /> : <p role="status">{t('loadingView')}</p>;
}
