import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SignaturePoint, SignatureStroke } from '@zusammen/web/workshop/data-access';
import { canvasPointOf, isSignature, smoothSegments } from '@zusammen/web/workshop/data-access';

/**
 * The on-screen signature: a canvas drawn with finger, pen or mouse (pointer events), a clear button, and
 * the PNG of the signature once it is long enough to count (null otherwise). The keyboard alternative is
 * "signed on paper" in the form around it.
 */
@Component({
  selector: 'zl-signature-pad',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div class="pad" *transloco="let t">
      <canvas
        #canvas
        class="canvas"
        width="600"
        height="200"
        role="img"
        data-testid="signature-canvas"
        [attr.aria-label]="t('workshopCounter.signature.canvasLabel')"
        [attr.aria-describedby]="describedBy()"
        (pointerdown)="down($event)"
        (pointermove)="move($event)"
        (pointerup)="up($event)"
        (pointercancel)="up($event)"
      ></canvas>
      <p class="state" aria-live="polite">
        {{
          signed() ? t('workshopCounter.signature.captured') : t('workshopCounter.signature.empty')
        }}
      </p>
      <button
        type="button"
        class="button button--outlined"
        [disabled]="strokes().length === 0"
        (click)="clear()"
      >
        {{ t('workshopCounter.signature.clear') }}
      </button>
    </div>
  `,
  styles: `
    .pad {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
    .canvas {
      inline-size: 100%;
      max-inline-size: 36rem;
      aspect-ratio: 3 / 1;
      background: #fff;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 0.5rem;
      touch-action: none;
      cursor: crosshair;
    }
    .state {
      margin: 0;
    }
  `,
})
export class SignaturePadComponent {
  readonly describedBy = input<string | null>(null);
  /** PNG data URL when the drawing counts as a signature, else null. */
  readonly changed = output<string | null>();

  protected readonly strokes = signal<SignatureStroke[]>([]);
  protected readonly signed = signal(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private current: SignaturePoint[] | null = null;

  constructor() {
    afterNextRender(() => this.redraw());
  }

  protected down(event: PointerEvent): void {
    event.preventDefault();
    const canvas = this.canvas().nativeElement;
    canvas.setPointerCapture?.(event.pointerId);
    this.current = [this.point(event)];
    this.strokes.update((strokes) => [...strokes, this.current as SignatureStroke]);
    this.redraw();
  }

  protected move(event: PointerEvent): void {
    if (!this.current) return;
    event.preventDefault();
    this.current.push(this.point(event));
    this.redraw();
  }

  protected up(event: PointerEvent): void {
    if (!this.current) return;
    this.current = null;
    this.canvas().nativeElement.releasePointerCapture?.(event.pointerId);
    this.emit();
  }

  protected clear(): void {
    this.strokes.set([]);
    this.current = null;
    this.redraw();
    this.emit();
  }

  private point(event: PointerEvent): SignaturePoint {
    const canvas = this.canvas().nativeElement;
    return canvasPointOf(event.clientX, event.clientY, canvas.getBoundingClientRect(), canvas);
  }

  private emit(): void {
    const canvas = this.canvas().nativeElement;
    const ok = isSignature(this.strokes(), canvas.width);
    this.signed.set(ok);
    this.changed.emit(ok ? canvas.toDataURL('image/png') : null);
  }

  private redraw(): void {
    const canvas = this.canvas().nativeElement;
    const context = canvas.getContext?.('2d');
    if (!context) return;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.strokeStyle = '#000';
    context.fillStyle = '#000';
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    // the line to sign on
    context.fillRect(24, canvas.height - 40, canvas.width - 48, 1);
    for (const stroke of this.strokes()) {
      context.beginPath();
      for (const { from, control, to } of smoothSegments(stroke)) {
        context.moveTo(from.x, from.y);
        context.quadraticCurveTo(control.x, control.y, to.x + 0.01, to.y);
      }
      context.stroke();
    }
  }
}
