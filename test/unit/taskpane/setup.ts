import { TextDecoder, TextEncoder } from 'node:util';
/** What Fluent UI expects of a browser and jsdom lacks: media queries and resize observers. */
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === 'undefined') globalThis.ResizeObserver = NoResizeObserver;

// Fluent's positioning (Combobox listbox) scrolls options into view.
if (typeof Element.prototype.scrollIntoView !== 'function') Element.prototype.scrollIntoView = () => undefined;

// Downloads in the preview go through Blob URLs; jsdom has Blob but no object URLs.
if (typeof URL.createObjectURL !== 'function')
  Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined });
// jsdom does not navigate: a download link's click does nothing.
HTMLAnchorElement.prototype.click = function click() {};
// jsdom's Blob (and so File) predates Blob.arrayBuffer.
if (typeof Blob.prototype.arrayBuffer !== 'function') {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}
// jsdom has no TextEncoder (the problems' CSV is encoded with it); Node's is the same API.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });
