import type { ElementRef, OnDestroy } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** Why the camera could not scan: the person said no, there is none, or the browser cannot. */
export type ScanProblem = 'denied' | 'noCamera' | 'unsupported' | 'failed';

interface DetectedCode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedCode[]>;
}
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** What getUserMedia's error means for the desk. */
export function scanProblemOf(error: unknown): ScanProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera';
  return 'failed';
}

/**
 * The camera view that reads a bike's QR label: the back camera, frames decoded with the browser's
 * BarcodeDetector where it has one, else with jsQR from a canvas. Emits the text of the first code read and
 * stops the camera. Typing the number stays possible beside it.
 */
@Component({
  selector: 'zl-qr-scanner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div class="scanner" *transloco="let t">
      @if (problem(); as p) {
        <p class="status status--error" role="alert" data-testid="scan-problem">
          {{ t('workshopCounter.scan.problems.' + p) }}
        </p>
      } @else {
        <p class="hint" role="status">{{ t('workshopCounter.scan.pointAtLabel') }}</p>
      }
      <video
        #video
        class="video"
        [hidden]="!!problem()"
        muted
        playsinline
        aria-hidden="true"
      ></video>
      <button type="button" class="button button--outlined" (click)="stopAndClose()">
        {{ t('workshopCounter.scan.close') }}
      </button>
    </div>
  `,
  styles: `
    .scanner {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }
    .video {
      inline-size: 100%;
      max-inline-size: 28rem;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      background: #000;
      border-radius: 0.5rem;
    }
    .hint {
      margin: 0;
    }
  `,
})
export class QrScannerComponent implements OnDestroy {
  /** The text of the code read. */
  readonly scanned = output<string>();
  readonly closed = output<void>();

  protected readonly problem = signal<ScanProblem | null>(null);
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  private stream: MediaStream | null = null;
  private frame = 0;
  private stopped = false;

  constructor() {
    afterNextRender(() => void this.start());
  }

  ngOnDestroy(): void {
    this.stop();
  }

  protected stopAndClose(): void {
    this.stop();
    this.closed.emit();
  }

  private async start(): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia) {
      this.problem.set('unsupported');
      return;
    }
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
    } catch (error: unknown) {
      this.problem.set(scanProblemOf(error));
      return;
    }
    if (this.stopped) {
      this.stop();
      return;
    }
    const video = this.video().nativeElement;
    video.srcObject = this.stream;
    try {
      await video.play();
    } catch {
      this.problem.set('failed');
      this.stop();
      return;
    }
    const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
    const read = Detector
      ? this.withDetector(new Detector({ formats: ['qr_code'] }))
      : await this.withJsQr();
    this.loop(video, read);
  }

  private withDetector(detector: BarcodeDetectorLike) {
    return async (video: HTMLVideoElement): Promise<string | null> => {
      const codes = await detector.detect(video);
      return codes[0]?.rawValue ?? null;
    };
  }

  private async withJsQr() {
    const { default: jsQR } = await import('jsqr');
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    return async (video: HTMLVideoElement): Promise<string | null> => {
      if (!context || video.videoWidth === 0) return null;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      return (
        jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ??
        null
      );
    };
  }

  private loop(
    video: HTMLVideoElement,
    read: (video: HTMLVideoElement) => Promise<string | null>,
  ): void {
    const tick = async (): Promise<void> => {
      if (this.stopped) return;
      let text: string | null = null;
      try {
        text = await read(video);
      } catch {
        text = null;
      }
      if (text) {
        this.stop();
        this.scanned.emit(text);
        return;
      }
      this.frame = requestAnimationFrame(() => void tick());
    };
    void tick();
  }

  private stop(): void {
    this.stopped = true;
    cancelAnimationFrame(this.frame);
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
  }
}
