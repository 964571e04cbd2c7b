import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import { z } from 'zod';
import { channels, type BridgeResults, type Channel } from '@shared/bridge';

/** The parsed argument tuple of a channel, as its handler receives it. */
export type ChannelArgs<C extends Channel> = z.output<(typeof channels)[C]>;

export type Handler<C extends Channel> = (
  event: IpcMainInvokeEvent,
  ...args: ChannelArgs<C>
) => BridgeResults[C] | Promise<BridgeResults[C]>;

/**
 * The channel map seen per channel: indexing this mapped type with a generic channel keeps that
 * channel's own tuple type, where indexing `channels` would widen to the union of all of them.
 */
type ArgSchemas = { [C in Channel]: z.ZodType<ChannelArgs<C>> };
const argSchemas: ArgSchemas = channels;

/** The only way main answers the renderer: one typed, checked handler per bridge channel. */
export interface Ipc {
  handle<C extends Channel>(channel: C, handler: Handler<C>): void;
}

/**
 * Why a sender may not call us, or null if it may. Only the top frame of one of our windows,
 * showing one of our pages, is trusted: an iframe, a page navigated elsewhere or a frame that
 * is already gone (senderFrame null) is not.
 */
function untrustedReason(
  frame: WebFrameMain | null,
  isAppUrl: (url: string) => boolean,
): string | null {
  if (!frame) return 'the sending frame is gone';
  if (frame.parent !== null) return 'the sender is a subframe';
  const ours = BrowserWindow.getAllWindows().some((win) => {
    const main = win.webContents.mainFrame;
    return main.processId === frame.processId && main.routingId === frame.routingId;
  });
  if (!ours) return 'the sender is not a window of this app';
  if (!isAppUrl(frame.url)) return 'the sender shows a foreign page';
  return null;
}

/**
 * The one wrapper around ipcMain. Each call is refused with an Error, before the handler runs,
 * unless the sender is trusted and the arguments parse with the channel's schema.
 */
export function createIpc(isAppUrl: (url: string) => boolean): Ipc {
  return {
    handle<C extends Channel>(channel: C, handler: Handler<C>) {
      // The type already forbids other names; this keeps a stray string from becoming a channel.
      if (!Object.hasOwn(channels, channel)) throw new Error(`Unknown IPC channel '${channel}'`);
      const schema = argSchemas[channel];
      ipcMain.handle(channel, (event, ...args: unknown[]) => {
        const reason = untrustedReason(event.senderFrame, isAppUrl);
        if (reason !== null) throw new Error(`IPC '${channel}' refused: ${reason}`);
        const parsed = schema.safeParse(args);
        if (!parsed.success) {
          throw new Error(`IPC '${channel}' refused: ${z.prettifyError(parsed.error)}`);
        }
        return handler(event, ...parsed.data);
      });
    },
  };
}
