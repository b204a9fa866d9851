// localStorage that never throws (full, or disabled in private modes).
export const storage = {
  get(key: string): string | null { try { return localStorage.getItem(key); } catch { return null; } },
  set(key: string, value: string): void { try { localStorage.setItem(key, value); } catch { /* full or private mode */ } },
  remove(key: string): void { try { localStorage.removeItem(key); } catch { /* ignore */ } },
};
