import { Component, type ComponentChildren } from 'preact';

export interface ErrorBoundaryProps {
  /** What to show instead of the children once one of them threw while rendering. */
  fallback: (error: Error) => ComponentChildren;
  /** A new value (e.g. the data in use after an undo) tries the children again. */
  resetKey: unknown;
  children: ComponentChildren;
}

interface State {
  error: Error | null;
}

/**
 * Catches what a part of the page throws while rendering and shows `fallback` in its place, so
 * one broken part never leaves the reader a blank page (and without the controls to repair it).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
