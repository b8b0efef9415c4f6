import { render } from 'ink';
import { DrillApp } from './DrillApp.js';
import type { DrillAppProps, DrillExit } from './DrillApp.js';
import type { Streams } from '../render-app.js';

/** Draws the drill app on these streams and resolves when it has exited. */
export async function renderDrillApp(props: Omit<DrillAppProps, 'onExit'>, streams: Streams): Promise<DrillExit> {
  let exit: DrillExit = { code: 1 };
  const instance = render(
    <DrillApp
      {...props}
      onExit={(result) => {
        exit = result;
        instance.unmount();
      }}
    />,
    { ...streams, exitOnCtrlC: false, patchConsole: false },
  );
  await instance.waitUntilExit();
  return exit;
}
