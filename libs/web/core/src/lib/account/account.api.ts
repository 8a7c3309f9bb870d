import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ConfirmPasswordResetRequest,
  EmailRequest,
  SignUpRequest,
  TokenRequest,
  VerifyEmailResponse,
} from '@zusammen/shared/contracts';
import { ACCOUNT_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * Self-service account calls (sign-up, email verification, password reset) as promises; errors
 * reject with the `HttpErrorResponse`. Answers about an address are the same whether it exists or
 * not, so these methods resolve without a result.
 */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  async signUp(request: SignUpRequest): Promise<void> {
    await firstValueFrom(this.http.post<unknown>(ACCOUNT_ROUTES.signUp, request));
  }

  verifyEmail(token: string): Promise<VerifyEmailResponse> {
    const body: TokenRequest = { token };
    return firstValueFrom(this.http.post<VerifyEmailResponse>(ACCOUNT_ROUTES.verifyEmail, body));
  }

  async resendVerification(email: string): Promise<void> {
    const body: EmailRequest = { email: email.trim() };
    await firstValueFrom(this.http.post<unknown>(ACCOUNT_ROUTES.resendVerification, body));
  }

  async requestPasswordReset(email: string): Promise<void> {
    const body: EmailRequest = { email: email.trim() };
    await firstValueFrom(this.http.post<unknown>(ACCOUNT_ROUTES.requestPasswordReset, body));
  }

  /** Resolves once the new password is set; the server ends every session of the account. */
  async confirmPasswordReset(request: ConfirmPasswordResetRequest): Promise<void> {
    await firstValueFrom(this.http.post<unknown>(ACCOUNT_ROUTES.confirmPasswordReset, request));
  }
}
