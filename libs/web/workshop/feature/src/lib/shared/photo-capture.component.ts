import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, input, model, signal, viewChild } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WorkshopPhotoKind } from '@zusammen/shared/contracts';
import type { CapturedPhoto } from './photo-file';
import { scalePhoto } from './photo-file';
import { WORKSHOP_ICONS } from './workshop-icons';

/**
 * Photos from the camera (`capture=environment` opens the back camera on a phone; a desktop picks files),
 * scaled to ≤ 1600 px JPEG in the browser, shown as previews that can be removed. The parent uploads
 * `photos()` (each with its PhotoUploadRequest) once the record exists.
 */
@Component({
  selector: 'zl-photo-capture',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div *transloco="let t; prefix: 'workshopInventory.shared'" class="capture">
      <input
        #file
        class="visually-hidden"
        type="file"
        accept="image/*"
        capture="environment"
        tabindex="-1"
        aria-hidden="true"
        [attr.data-testid]="testId()"
        (change)="picked(file)"
      />
      <button
        #take
        type="button"
        class="button button--outlined"
        [id]="inputId()"
        [attr.aria-describedby]="inputId() + '-hint'"
        [disabled]="photos().length >= max() || busy()"
        (click)="file.click()"
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path [attr.d]="cameraIcon" fill="currentColor" />
        </svg>
        {{ label() || t('takePhoto') }}
      </button>
      <p class="hint" [id]="inputId() + '-hint'">{{ t('photoHint', { max: max() }) }}</p>
      <p class="live" role="status">
        @if (busy()) {
          {{ t('photoScaling') }}
        } @else if (failed()) {
          <span class="error">{{ t('photoFailed') }}</span>
        }
      </p>
      @if (photos().length > 0) {
        <ul class="previews">
          @for (photo of photos(); track photo.dataUrl; let i = $index) {
            <li>
              <img [src]="photo.dataUrl" [alt]="t('photoAlt', { n: i + 1 })" />
              <button type="button" class="button button--outlined" (click)="remove(i)">
                {{ t('removePhoto', { n: i + 1 }) }}
              </button>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .capture {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .live:empty {
      position: absolute;
      margin: 0;
    }
    .live {
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .previews {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .previews li {
      display: grid;
      gap: 0.25rem;
      inline-size: 9rem;
    }
    .previews img {
      inline-size: 9rem;
      block-size: 7rem;
      object-fit: cover;
      border-radius: 0.5rem;
      border: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class PhotoCaptureComponent {
  readonly kind = input<WorkshopPhotoKind>('bike');
  readonly max = input(6);
  /** Button text; default "Foto aufnehmen". */
  readonly label = input('');
  /** Id of the button (for labels and the error summary). */
  readonly inputId = input('photo-capture');
  readonly testId = input('photo-input');
  readonly photos = model<CapturedPhoto[]>([]);

  protected readonly cameraIcon = WORKSHOP_ICONS.camera;
  protected readonly busy = signal(false);
  protected readonly failed = signal(false);
  private readonly takeButton = viewChild.required<ElementRef<HTMLButtonElement>>('take');

  protected async picked(input: HTMLInputElement): Promise<void> {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length === 0) return;
    this.busy.set(true);
    this.failed.set(false);
    for (const file of files) {
      if (this.photos().length >= this.max()) break;
      try {
        const photo = await scalePhoto(file, this.kind());
        this.photos.update((photos) => [...photos, photo]);
      } catch {
        this.failed.set(true);
      }
    }
    this.busy.set(false);
  }

  protected remove(index: number): void {
    this.photos.update((photos) => photos.filter((_, i) => i !== index));
    // The removed button had the focus: hand it to the camera button.
    this.takeButton().nativeElement.focus();
  }
}
