/**
 * How a login or a token check ended when it did not succeed; the message is one line for the terminal.
 * `expired` and `denied` are the user's answers; `cancelled` is Ctrl-C; the rest are the server or the network.
 */
export type LoginFailure =
  | "expired"
  | "denied"
  | "cancelled"
  | "timeout"
  | "network"
  | "client"
  | "unauthorized"
  | "refused"
  | "protocol";

export class LoginError extends Error {
  override readonly name = "LoginError";
  constructor(
    readonly kind: LoginFailure,
    message: string,
  ) {
    super(message);
  }
}
