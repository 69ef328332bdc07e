/** Tells watchers which parts of a store changed, in this tab and in every other tab of the app. */
export interface ChangeFeed<Topic extends string> {
  /** Reports that `topics` changed: local watchers now, other tabs through a BroadcastChannel. */
  announce(topics: readonly Topic[]): void;
  /** Calls `listener` whenever `topic` changes; returns the unsubscribe. */
  watch(topic: Topic, listener: () => void): () => void;
  close(): void;
}

/**
 * A change feed over a BroadcastChannel named `channelName` (where the runtime has none, changes
 * reach this tab's watchers only). Replaces Dexie's liveQuery for the two places that need it:
 * the library list and the editor's "saved in another tab" check.
 */
export function createChangeFeed<Topic extends string>(channelName: string): ChangeFeed<Topic> {
  const listeners = new Map<Topic, Set<() => void>>();
  let channel: BroadcastChannel | undefined;

  const notify = (topics: readonly Topic[]) => {
    for (const topic of topics) {
      for (const listener of [...(listeners.get(topic) ?? [])]) {
        try {
          listener();
        } catch (error) {
          // A failing watcher must not turn the write that woke it into a failure: the data is
          // stored. Its error still reaches the console, outside this call.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    }
  };

  function openChannel() {
    if (channel || typeof BroadcastChannel === 'undefined') return;
    channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (Array.isArray(event.data)) notify(event.data.filter((t): t is Topic => typeof t === 'string'));
    };
  }

  return {
    announce(topics) {
      notify(topics);
      // Other tabs hear of it only when this tab has a channel open; open one to speak.
      openChannel();
      channel?.postMessage([...topics]);
    },
    watch(topic, listener) {
      openChannel();
      const set = listeners.get(topic) ?? new Set();
      set.add(listener);
      listeners.set(topic, set);
      return () => {
        set.delete(listener);
      };
    },
    close() {
      channel?.close();
      channel = undefined;
      listeners.clear();
    },
  };
}
