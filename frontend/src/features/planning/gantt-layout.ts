/** The Gantt's fixed geometry, shared by the chart and its drag overlays. */
export const rowHeight = 28;
export const labelWidth = 300;
export const headerHeight = 52;

/** A task's bar in working-day indexes (see gantt-scale), with its baseline when there is one. */
export type Bar = { start: number; finish: number; baseStart?: number; baseFinish?: number };
