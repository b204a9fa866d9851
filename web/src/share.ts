// Share links carry everything in the URL fragment, so no server is needed:
//   #v=1&code=<base64url(deflate-raw(UTF-8 source))>&time=real|virtual&seed=N
// The fragment never reaches a server, and base64url needs no escaping.
// CompressionStream('deflate-raw') is in every current browser.

export interface Shared { code: string; virtualTime: boolean; seed: number; }

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  // Chunks keep String.fromCharCode's argument list short for big programs.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4);
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

export async function encodeFragment(s: Shared): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(s.code), new CompressionStream('deflate-raw'));
  const params = new URLSearchParams({ v: '1', code: toBase64Url(packed), time: s.virtualTime ? 'virtual' : 'real', seed: String(s.seed) });
  return '#' + params.toString();
}

/** Returns null when the fragment is not a share link (or is damaged). */
export async function decodeFragment(hash: string): Promise<Shared | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('code');
  if (!code) return null;
  try {
    const bytes = await pipe(fromBase64Url(code), new DecompressionStream('deflate-raw'));
    const seed = Number(params.get('seed'));
    return {
      code: new TextDecoder().decode(bytes),
      virtualTime: params.get('time') === 'virtual',
      seed: Number.isSafeInteger(seed) && seed >= 0 ? seed : 1,
    };
  } catch {
    return null;
  }
}

/** The page's address without its fragment, plus the new fragment. */
export function shareUrl(fragment: string): string {
  return location.href.replace(/#.*$/, '') + fragment;
}
