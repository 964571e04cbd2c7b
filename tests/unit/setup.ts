// Dexie runs against a real IndexedDB implementation in Node: fake-indexeddb, not a mock.
import 'fake-indexeddb/auto';
