/**
 * A small stand-in for the `electron` module, for main-process and preload tests in Node
 * (the Electron binary cannot be downloaded here). Use it with
 * `vi.mock('electron', () => import('./fake-electron'))` and call {@link resetFakeElectron} in
 * `beforeEach`. It records what the code under test asked for and lets a test play the renderer:
 * emit webContents events, invoke IPC channels with a chosen sender frame, answer dialogs.
 */
import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  MenuItemConstructorOptions,
  OpenDialogOptions,
  PrintToPDFOptions,
  SaveDialogOptions,
} from 'electron';

let nextRoutingId = 1;

/** A WebFrameMain: the identity main checks (process and routing id), its URL and its parent. */
export class FakeFrame {
  readonly processId = 1;
  readonly routingId = nextRoutingId++;
  constructor(
    public url: string,
    readonly parent: FakeFrame | null = null,
  ) {}
}

/** The event object Electron passes to webContents listeners. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeFrame | null;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeFrame('about:blank');
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly printCalls: PrintToPDFOptions[] = [];
  pdfBytes = new TextEncoder().encode('%PDF-1.7 fake');

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  printToPDF(options: PrintToPDFOptions): Promise<Buffer> {
    this.printCalls.push(options);
    return Promise.resolve(Buffer.from(this.pdfBytes));
  }

  /** What the renderer would send from this window's top frame. */
  invokeEvent(frame: FakeFrame | null = this.mainFrame): FakeInvokeEvent {
    return { sender: this, senderFrame: frame };
  }
}

class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];

  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.all];
  }

  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((win) => win.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  focused = false;
  minimized = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.all.push(this);
    // As in Electron: every new WebContents is announced on the app.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
  }

  focus(): void {
    this.focused = true;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }
}
export { FakeBrowserWindow as BrowserWindow };

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  quitCalls = 0;
  sandboxEnabled = false;
  documentsPath = '/home/user/Documents';
  userDataPath = '/home/user/.config/sam-uppfoljning';
  private ready = false;
  private markReady: () => void = () => undefined;
  private readyPromise = this.newReadyPromise();

  getVersion(): string {
    return '1.2.3';
  }

  getPath(name: string): string {
    return name === 'userData' ? this.userDataPath : this.documentsPath;
  }

  enableSandbox(): void {
    this.sandboxEnabled = true;
  }

  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }

  quit(): void {
    this.quitCalls += 1;
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  /** Plays Electron's `ready`; resolves after whenReady() callbacks have run. */
  async fireReady(): Promise<void> {
    this.ready = true;
    this.markReady();
    await this.readyPromise;
    await new Promise((resolve) => setImmediate(resolve));
  }

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.hasLock = true;
    this.quitCalls = 0;
    this.sandboxEnabled = false;
    this.ready = false;
    this.readyPromise = this.newReadyPromise();
  }

  private newReadyPromise(): Promise<void> {
    return new Promise((resolve) => {
      this.markReady = resolve;
    });
  }
}
export const app = new FakeApp();

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeProtocol {
  readonly privileged: CustomScheme[] = [];
  /** Whether the app was already ready when the schemes were registered (it must not be). */
  registeredAfterReady = false;
  readonly handlers = new Map<string, ProtocolHandler>();

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    this.privileged.push(...schemes);
    this.registeredAfterReady = app.isReady();
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    this.handlers.set(scheme, handler);
  }
}
export const protocol = new FakeProtocol();

type ResponseHeaders = Record<string, string[]>;
export type HeadersListener = (
  details: { responseHeaders?: ResponseHeaders },
  callback: (response: { responseHeaders: ResponseHeaders }) => void,
) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

export class FakeWebRequest {
  headersListener: HeadersListener | null = null;

  onHeadersReceived(listener: HeadersListener): void {
    this.headersListener = listener;
  }
}

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: (() => boolean) | null = null;
  devicePermissionHandler: (() => boolean) | null = null;
  readonly webRequest = new FakeWebRequest();

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: () => boolean): void {
    this.devicePermissionHandler = handler;
  }
}
export const session = { defaultSession: new FakeSession() };

type InvokeListener = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    // Electron refuses a second handler for a channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Handler for '${channel}' already registered`);
    this.handlers.set(channel, listener);
  }

  /** Plays `ipcRenderer.invoke` from the frame in `event`. */
  async invoke(channel: string, event: FakeInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }
}
export const ipcMain = new FakeIpcMain();

export interface SaveAnswer {
  canceled: boolean;
  filePath?: string;
}
export interface OpenAnswer {
  canceled: boolean;
  filePaths: string[];
}
interface DialogCall<O> {
  parent: FakeBrowserWindow | null;
  options: O;
}

/** Answers dialogs with whatever the test set in saveAnswer / openAnswer. */
class FakeDialog {
  saveAnswer: SaveAnswer = { canceled: true };
  openAnswer: OpenAnswer = { canceled: true, filePaths: [] };
  readonly saveCalls: DialogCall<SaveDialogOptions>[] = [];
  readonly openCalls: DialogCall<OpenDialogOptions>[] = [];

  showSaveDialog(
    parentOrOptions: FakeBrowserWindow | SaveDialogOptions,
    options: SaveDialogOptions = {},
  ): Promise<SaveAnswer> {
    this.saveCalls.push(
      parentOrOptions instanceof FakeBrowserWindow
        ? { parent: parentOrOptions, options }
        : { parent: null, options: parentOrOptions },
    );
    return Promise.resolve(this.saveAnswer);
  }

  showOpenDialog(
    parentOrOptions: FakeBrowserWindow | OpenDialogOptions,
    options: OpenDialogOptions = {},
  ): Promise<OpenAnswer> {
    this.openCalls.push(
      parentOrOptions instanceof FakeBrowserWindow
        ? { parent: parentOrOptions, options }
        : { parent: null, options: parentOrOptions },
    );
    return Promise.resolve(this.openAnswer);
  }

  reset(): void {
    this.saveAnswer = { canceled: true };
    this.openAnswer = { canceled: true, filePaths: [] };
    this.saveCalls.length = 0;
    this.openCalls.length = 0;
  }
}
export const dialog = new FakeDialog();

class FakeShell {
  readonly opened: string[] = [];

  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  }
}
export const shell = new FakeShell();

interface FakeMenu {
  template: MenuItemConstructorOptions[];
}

class FakeMenuModule {
  applicationMenu: FakeMenu | null = null;

  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return { template };
  }

  setApplicationMenu(menu: FakeMenu | null): void {
    this.applicationMenu = menu;
  }
}
export const Menu = new FakeMenuModule();

/** The preload's side: what was exposed to the page. */
class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  }
}
export const contextBridge = new FakeContextBridge();

/** The preload's side: what was invoked, answered with `result`. */
class FakeIpcRenderer {
  readonly calls: { channel: string; args: unknown[] }[] = [];
  result: unknown = undefined;

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.calls.push({ channel, args });
    return Promise.resolve(this.result);
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export function resetFakeElectron(): void {
  app.reset();
  FakeBrowserWindow.all.length = 0;
  protocol.privileged.length = 0;
  protocol.registeredAfterReady = false;
  protocol.handlers.clear();
  session.defaultSession = new FakeSession();
  ipcMain.handlers.clear();
  dialog.reset();
  shell.opened.length = 0;
  Menu.applicationMenu = null;
  contextBridge.exposed.clear();
  ipcRenderer.calls.length = 0;
  ipcRenderer.result = undefined;
}
