import { Image, Skeleton } from '@mantine/core';
import { useEffect, useState } from 'react';

/** A QR code of `text` (an otpauth:// URI), drawn locally: the secret never leaves the browser. `qrcode` is lazy-loaded. */
export function QrCode({ text, size = 200, alt }: { text: string; size?: number; alt: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((m) => m.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((s) => live && setSvg(s))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [text]);
  if (failed) return null; // the secret and URI are shown as text anyway
  if (!svg) return <Skeleton w={size} h={size} />;
  return (
    <Image
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      w={size}
      h={size}
      alt={alt}
      data-testid="totp-qr"
    />
  );
}
