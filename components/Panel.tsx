/** The docked panel: a header with the collapse control, then the feature sections. */
import type { ComponentChildren } from 'preact';

type PanelProps = {
  collapsed: boolean;
  onToggle: () => void;
  complaintId?: string;
  children: ComponentChildren;
};

export function Panel({ collapsed, onToggle, complaintId, children }: PanelProps) {
  return (
    <aside
      class={`ctm-panel${collapsed ? ' ctm-collapsed' : ''}`}
      data-ctm-panel=""
      data-collapsed={String(collapsed)}
      aria-label="CTM Assist"
    >
      <header class="ctm-header">
        <button
          type="button"
          class="ctm-toggle"
          aria-expanded={!collapsed}
          aria-controls="ctm-panel-body"
          title={collapsed ? 'Show CTM Assist' : 'Hide CTM Assist'}
          onClick={onToggle}
        >
          <span aria-hidden="true">{collapsed ? '«' : '»'}</span>
          <span class="ctm-visually-hidden">{collapsed ? 'Show CTM Assist' : 'Hide CTM Assist'}</span>
        </button>
        {!collapsed && (
          <h1 class="ctm-title">
            CTM Assist{complaintId ? <span class="ctm-subtitle"> · Complaint {complaintId}</span> : null}
          </h1>
        )}
      </header>
      <div id="ctm-panel-body" class="ctm-body" hidden={collapsed}>
        {children}
      </div>
    </aside>
  );
}
