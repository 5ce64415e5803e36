import { raw } from '@mikro-orm/core';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type ProjectTriggersStore } from '../../domain/triggers/ports.js';
import { type StoredTriggerSettings } from '../../domain/triggers/trigger-settings.js';
import { ProjectEntity } from '../entities/project.js';
import { currentEntityManager } from './entity-manager.js';

/** `projects.settings.triggers` through the entity; the write touches only that key of the settings. */
export class SqlProjectTriggersStore implements ProjectTriggersStore {
  constructor(private readonly orm: MikroORM) {}

  async readTriggerSettings(projectId: string): Promise<{ stored: unknown } | null> {
    const project = await currentEntityManager(this.orm).findOne(ProjectEntity, { id: projectId });
    return project ? { stored: project.settings.triggers } : null;
  }

  async writeTriggerSettings(projectId: string, settings: StoredTriggerSettings): Promise<void> {
    const empty = Object.keys(settings).length === 0;
    await currentEntityManager(this.orm)
      .createQueryBuilder(ProjectEntity)
      .update({
        // One key of the jsonb, in the statement: a concurrent change of another setting is kept.
        settings: empty
          ? raw(`settings - 'triggers'`)
          : raw(`jsonb_set(settings, '{triggers}', ?::jsonb)`, [JSON.stringify(settings)]),
        updatedAt: raw('now()'),
      })
      .where({ id: projectId })
      .execute();
  }
}
