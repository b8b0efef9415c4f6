import { DrillApp } from './DrillApp.js';
import type { DrillAppProps, DrillExit } from './DrillApp.js';
import { renderUntilExit } from '../render-until-exit.js';
import type { Streams } from '../render-until-exit.js';

/** Draws the drill app on these streams and resolves when it has exited (abandoned unless it says otherwise). */
export function renderDrillApp(props: Omit<DrillAppProps, 'onExit'>, streams: Streams): Promise<DrillExit> {
  return renderUntilExit<DrillExit>((onExit) => <DrillApp {...props} onExit={onExit} />, streams, { code: 1 });
}
