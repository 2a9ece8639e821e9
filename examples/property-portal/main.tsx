import type { HyReportForm } from '@huying/components';
import '@huying/components/report-form/define';
import '@huying/components/case-tracker/define';
import { StrictMode, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useElementEvent } from './element-events.js';

/**
 * A property company's owner portal, a React app that embeds the platform's widgets from npm.
 * Reports made here are remembered in this browser, so the owner finds them under "我的报修"
 * with live progress.
 */

const apiBase = import.meta.env.VITE_HUYING_API_URL as string;
const siteKey = import.meta.env.VITE_HUYING_SITE_KEY as string;

interface SavedCase {
  trackingCode: string;
  secret: string;
  filedAt: string;
}

const storageKey = 'meishun-portal-cases';
const loadCases = (): SavedCase[] => {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? '[]') as SavedCase[];
  } catch {
    return [];
  }
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'hy-report-form': { ref?: React.Ref<HyReportForm>; 'site-key'?: string; 'api-base'?: string; kind?: string; lang?: string };
      'hy-case-tracker': { 'site-key'?: string; 'api-base'?: string; 'tracking-code'?: string; secret?: string; lang?: string };
    }
  }
}

function Tabs({ tabs }: { tabs: { id: string; label: string; content: ReactNode }[] }) {
  const [active, setActive] = useState(tabs[0]!.id);
  return (
    <>
      <div role="tablist" aria-label="业主服务">
        {tabs.map((tab) => (
          <button key={tab.id} id={`tab-${tab.id}`} role="tab" aria-selected={active === tab.id} aria-controls={`panel-${tab.id}`} tabIndex={active === tab.id ? 0 : -1} onClick={() => setActive(tab.id)}>
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} id={`panel-${tab.id}`} role="tabpanel" aria-labelledby={`tab-${tab.id}`} hidden={active !== tab.id} className="panel">
          {tab.content}
        </div>
      ))}
    </>
  );
}

function Portal() {
  const form = useRef<HyReportForm>(null);
  const [cases, setCases] = useState<SavedCase[]>(loadCases);
  const [toast, setToast] = useState('');

  useElementEvent(form, 'hy-submit', (event) => {
    const saved = [{ trackingCode: event.detail.trackingCode, secret: event.detail.secret, filedAt: event.detail.case.createdAt }, ...cases];
    localStorage.setItem(storageKey, JSON.stringify(saved));
    setCases(saved);
    setToast(`报修已提交，编号 ${event.detail.trackingCode}，可在"我的报修"查看进度。`);
  });
  useElementEvent(form, 'hy-error', (event) => console.warn('report form:', event.detail.code, event.detail.message));

  return (
    <>
      <header>
        <h1>美顺物业 · 业主服务</h1>
        <span>东晟小区 1 号楼 · 业主</span>
      </header>
      <main>
        {toast && (
          <p className="toast" role="status">
            {toast}
          </p>
        )}
        <Tabs
          tabs={[
            { id: 'report', label: '报事报修', content: <hy-report-form ref={form} site-key={siteKey} api-base={apiBase} kind="help" /> },
            {
              id: 'mine',
              label: `我的报修（${cases.length}）`,
              content:
                cases.length === 0 ? (
                  <p>还没有报修记录。</p>
                ) : (
                  cases.map((saved) => (
                    <div className="case" key={saved.trackingCode}>
                      <hy-case-tracker site-key={siteKey} api-base={apiBase} tracking-code={saved.trackingCode} secret={saved.secret} />
                    </div>
                  ))
                ),
            },
          ]}
        />
      </main>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <Portal />
  </StrictMode>,
);
