import { type MemoryPlatform } from '../../testing/memory-platform.js';
import { type ProjectTriggersStore } from '../ports.js';
import { type StoredTriggerSettings } from '../trigger-settings.js';

/** `projects.settings.triggers` in memory, for the projects of a MemoryPlatform. */
export class MemoryTriggersStore implements ProjectTriggersStore {
  /** The stored JSON by project id (any JSON, as someone with SQL access could have written it). */
  stored = new Map<string, unknown>();

  constructor(private readonly memory: MemoryPlatform) {}

  async readTriggerSettings(projectId: string): Promise<{ stored: unknown } | null> {
    if (!this.memory.state.projects.some((project) => project.id === projectId)) return null;
    return { stored: this.stored.get(projectId) };
  }

  async writeTriggerSettings(projectId: string, settings: StoredTriggerSettings): Promise<void> {
    if (Object.keys(settings).length === 0) this.stored.delete(projectId);
    else this.stored.set(projectId, settings);
  }
}
