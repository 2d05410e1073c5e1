import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { chooseLocale, startingLocale } from './chooseLocale';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the reader’s language', () => {
  it('follows the browser on a first visit: any Chinese reads 简体中文, else English', () => {
    expect(startingLocale(memoryStorage(), ['zh-CN', 'en'])).toBe('zh-CN');
    expect(startingLocale(memoryStorage(), ['zh-TW'])).toBe('zh-CN');
    expect(startingLocale(memoryStorage(), ['de-DE', 'zh'])).toBe('zh-CN');
    expect(startingLocale(memoryStorage(), ['en-GB', 'zh-CN'])).toBe('en');
    expect(startingLocale(memoryStorage(), ['fr'])).toBe('en');
    expect(startingLocale(undefined, [])).toBe('en');
  });

  it('is switched in the store and remembered over the browser’s choice', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    chooseLocale(store, 'zh-CN', storage);
    expect(store.getState().locale).toBe('zh-CN');
    expect(startingLocale(storage, ['en-US'])).toBe('zh-CN');
    chooseLocale(store, 'en', storage);
    expect(startingLocale(storage, ['zh-CN'])).toBe('en');
  });

  it('ignores a saved value that is not a language we have', () => {
    const storage = memoryStorage();
    storage.setItem('viable.locale', 'klingon');
    expect(startingLocale(storage, ['zh-CN'])).toBe('zh-CN');
  });

  it('still switches when storage is blocked', () => {
    const store = createAppStore();
    const blocked = {
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    chooseLocale(store, 'zh-CN', blocked);
    expect(store.getState().locale).toBe('zh-CN');
  });
});
