import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { EraseAccountRequest } from '@zusammen/shared/contracts';
import { PRIVACY_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The signed-in user's own DSGVO rights: the export is a plain same-origin download link. */
@Injectable({ providedIn: 'root' })
export class PrivacyApi {
  readonly dataExportUrl = PRIVACY_ROUTES.dataExport;
  private readonly http = inject(HttpClient);

  /** Resolves once the account is erased; the server has ended the session by then. */
  async eraseAccount(password: string): Promise<void> {
    const body: EraseAccountRequest = { password };
    await firstValueFrom(this.http.post<unknown>(PRIVACY_ROUTES.eraseAccount, body));
  }
}

/**
 * Router navigation state after the user erased their own account: `{ [ACCOUNT_ERASED_STATE]: true }`.
 * The start page shows the confirmation (`privacy.erase.done`) when it finds it.
 */
export const ACCOUNT_ERASED_STATE = 'accountErased';
