import { devicePrefix } from './config.js';

/**
 * Forgets the visitor: everything the page's storage holds except the device's own settings
 * (keys under `huying-kiosk:`), and the display settings they chose. What is on screen and in
 * memory goes with the app element, which the caller replaces with a new one. Queued reports
 * stay in the outbox: they are the visitor's request, to be sent, and no screen shows them.
 */
export function forgetVisitor(): void {
  try {
    sessionStorage.clear();
    for (const key of Object.keys(localStorage)) if (!key.startsWith(devicePrefix)) localStorage.removeItem(key);
  } catch {
    // storage unavailable: nothing was kept there
  }
  // A copied tracking code or secret must not be pasted by the next visitor.
  void navigator.clipboard?.writeText('').catch(() => {});
  document.documentElement.lang = 'zh-CN';
  document.documentElement.classList.remove('large-text');
  window.getSelection()?.removeAllRanges();
}

/** Touches, keys and typing: whatever says someone is still at the screen. */
const activityEvents = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` after `idleMs` without activity, and `onActive` at the first activity after
 * that. The host shows the countdown in between.
 */
export class IdleWatch {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle = false;
  private readonly activity = () => {
    if (this.idle) {
      this.idle = false;
      this.onActive();
    }
    this.restart();
  };

  constructor(
    private readonly idleMs: number,
    private readonly onIdle: () => void,
    private readonly onActive: () => void,
  ) {}

  start(): void {
    for (const type of activityEvents) window.addEventListener(type, this.activity, { capture: true, passive: true });
    this.restart();
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const type of activityEvents) window.removeEventListener(type, this.activity, { capture: true });
  }

  restart(): void {
    clearTimeout(this.timer);
    this.idle = false;
    this.timer = setTimeout(() => {
      this.idle = true;
      this.onIdle();
    }, this.idleMs);
  }
}
