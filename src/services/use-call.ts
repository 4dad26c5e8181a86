import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api';

export interface CallState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Runs an API call when `deps` change and keeps its result, error and loading state. */
export function useCall<T>(call: () => Promise<T>, deps: readonly unknown[]): CallState<T> {
  const [state, setState] = useState<Omit<CallState<T>, 'reload'>>({ data: undefined, error: undefined, loading: true });
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the inputs of `call` in `deps`.
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call().then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: unknown) =>
        live &&
        setState({
          data: undefined,
          error: error instanceof ApiError ? error : new ApiError({ code: 'INTERNAL', message: '出现了意外错误，请稍后再试' }),
          loading: false,
        }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
