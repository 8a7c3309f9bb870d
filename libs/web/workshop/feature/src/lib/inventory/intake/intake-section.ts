import { Directive, input, output } from '@angular/core';
import type { IntakeDraft, IntakeField } from '@zusammen/web/workshop/data-access';

/** Fields of the intake form in order, with the id of their control (for the error summary). */
export const INTAKE_FIELD_IDS: Readonly<Record<IntakeField, string>> = {
  receivedOn: 'intake-received',
  fundbueroRef: 'intake-fundbuero-ref',
  foundOn: 'intake-found',
  holdEndsOn: 'intake-hold-ends',
  policeCheckOn: 'intake-police-on',
  frameNo: 'intake-frame-no',
  make: 'intake-make',
  colours: 'intake-colours',
  cycleType: 'intake-type',
  frameSizeCm: 'intake-frame-size',
  wheelEtrto: 'intake-etrto',
  wheelInches: 'intake-inches',
};
export const INTAKE_FIELDS = Object.keys(INTAKE_FIELD_IDS) as IntakeField[];

/** A part of the intake form: shows the draft and the error texts per field, sends changes up. */
@Directive()
export abstract class IntakeSection {
  readonly draft = input.required<IntakeDraft>();
  /** Field → the error text shown under it (and in the page's error summary). */
  readonly errors = input.required<Partial<Record<IntakeField, string>>>();
  readonly today = input.required<string>();
  readonly changed = output<Partial<IntakeDraft>>();

  protected patch(patch: Partial<IntakeDraft>): void {
    this.changed.emit(patch);
  }

  protected errorId(field: IntakeField): string {
    return `${INTAKE_FIELD_IDS[field]}-error`;
  }

  protected invalid(field: IntakeField): boolean {
    return !!this.errors()[field];
  }

  protected errorText(field: IntakeField): string {
    return this.errors()[field] ?? '';
  }

  protected describedBy(field: IntakeField, hintId?: string): string | null {
    const ids = [hintId, this.invalid(field) ? this.errorId(field) : undefined].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  }
}
