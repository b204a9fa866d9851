// What every panel is given on each animation frame: the newest snapshot,
// the goroutine the user selected, and a way to change the selection.

import type { Snapshot } from '../protocol.ts';

export interface PanelContext {
  snapshot: Snapshot | null;
  selected: number | null;
  select(goroutine: number): void;
}
