import { PanTool, WindowLevelTool, ZoomTool } from '@cornerstonejs/tools';

// Cornerstone offers a caliper under the pointer for dragging whatever button went
// down, unless the tool on that button consumes the press first (preMouseDownCallback
// returning true). Window/level, pan and zoom consume it: a drag that starts on a
// caliper windows, pans or zooms and never moves the caliper, on any button. Their
// drags still run, as Cornerstone sends drag events to the button's tool regardless.
// The subclasses keep Cornerstone's tool names ('WindowLevel', 'Pan', 'Zoom').

const consumePress = (): boolean => true;

export class WindowLevelViewTool extends WindowLevelTool {
  preMouseDownCallback = consumePress;
}

export class PanViewTool extends PanTool {
  preMouseDownCallback = consumePress;
}

export class ZoomViewTool extends ZoomTool {
  constructor(...args: ConstructorParameters<typeof ZoomTool>) {
    super(...args);
    // Zoom remembers where the press was (it zooms towards that point): keep that, then consume.
    const rememberPress = this.preMouseDownCallback;
    this.preMouseDownCallback = (evt) => {
      rememberPress(evt);
      return true;
    };
  }
}
