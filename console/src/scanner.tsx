import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

interface Controls { stop: () => void }

/**
 * Scanning GS1 DataMatrix codes with the device's camera (the back camera on a phone). While open, every code the
 * camera reads is handed to `onScan` (the same code is read many times a second: callers ignore repeats). The
 * decoder is loaded only when a person first opens the camera.
 */
export function CameraScanner({ onScan, label = 'Scan with camera', status }: {
  onScan: (text: string) => void; label?: string; status?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="xs">
      <Button variant={open ? 'default' : 'light'} size="lg" onClick={() => setOpen(!open)} aria-pressed={open}>
        {open ? 'Stop camera' : label}
      </Button>
      {open && <CameraView onScan={onScan} status={status} />}
    </Stack>
  );
}

function CameraView({ onScan, status }: { onScan: (text: string) => void; status?: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const latest = useRef(onScan);
  latest.current = onScan;
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let controls: Controls | undefined;
    let stopped = false;
    (async () => {
      try {
        const { BrowserDatamatrixCodeReader } = await import('@zxing/browser');
        const reader = new BrowserDatamatrixCodeReader(undefined, { delayBetweenScanAttempts: 150 });
        const started = await reader.decodeFromConstraints({ video: { facingMode: 'environment' } }, video.current!,
          (result) => { if (result) latest.current(result.getText()); });
        if (stopped) started.stop(); else controls = started;
      } catch (error) {
        if (!stopped) setProblem(cameraProblem(error));
      }
    })();
    return () => { stopped = true; controls?.stop(); };
  }, []);
  return (
    <Card withBorder p="xs">
      {problem
        ? <Alert color="red" title="The camera cannot be used" role="alert">{problem}</Alert>
        : <video ref={video} aria-label="Camera" muted playsInline style={{ width: '100%', maxHeight: 320, background: '#000' }} />}
      <Text size="sm" aria-live="polite">{status ?? 'Hold the DataMatrix code in the frame.'}</Text>
    </Card>
  );
}

/** The reason a camera could not start, in a person's words. */
export function cameraProblem(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'Camera access was refused. Allow the camera for this site in the browser and try again.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'This device has no camera that can be used. Paste or type the UDI instead.';
  if (name === 'NotReadableError') return 'The camera is in use by another application.';
  return `The camera could not be started (${String((error as Error)?.message ?? error)}).`;
}
