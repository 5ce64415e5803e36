import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Field, Mono } from '../FieldValue';
import { SectionCard } from '../SectionCard';
import { TextOr } from '../TextOr';

/** The run payload's `trigger`, `instruction` and `subject` (SPEC §11), as far as they are there. */
interface RunContext {
  trigger: { kind: 'label' | 'command' | 'event'; value: string } | null;
  instruction: string | null;
  subject: {
    kind: 'issue' | 'pull_request' | 'commit' | 'none';
    number: number | null;
    title: string | null;
    htmlUrl: string | null;
    headSha: string | null;
    branch: string | null;
    ref: string | null;
  } | null;
}

type Json = Record<string, unknown>;
const objectAt = (value: unknown, key: string): Json | null => {
  const child = value !== null && typeof value === 'object' ? (value as Json)[key] : undefined;
  return child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Json) : null;
};
const textAt = (value: Json | null, key: string): string | null =>
  typeof value?.[key] === 'string' ? (value[key] as string) : null;
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the payload leniently: runs from before triggers have none of it. */
export function runContextOf(payload: unknown): RunContext {
  const trigger = objectAt(payload, 'trigger');
  const kind = oneOf(textAt(trigger, 'kind'), ['label', 'command', 'event'] as const);
  const subject = objectAt(payload, 'subject');
  const subjectKind = oneOf(textAt(subject, 'kind'), ['issue', 'pull_request', 'commit', 'none'] as const);
  const number = subject?.['number'];
  return {
    trigger: kind ? { kind, value: textAt(trigger, 'value') ?? '' } : null,
    instruction: textAt(payload as Json, 'instruction'),
    subject: subjectKind
      ? {
          kind: subjectKind,
          number: typeof number === 'number' ? number : null,
          title: textAt(subject, 'title'),
          htmlUrl: textAt(subject, 'html_url'),
          headSha: textAt(subject, 'head_sha'),
          branch: textAt(subject, 'branch'),
          ref: textAt(subject, 'ref'),
        }
      : null,
  };
}

/** Only https pages are linked (the payload is signed by GitHub, or GitHub Enterprise on its own host). */
const safeUrl = (url: string | null) => (url !== null && url.startsWith('https://') ? url : null);

/** Why the run started (trigger, instruction) and what it is about (issue, pull request or commit). */
export function RunTriggerCard({ payload }: { payload: unknown }) {
  const { t } = useTranslation();
  const { trigger, instruction, subject } = runContextOf(payload);
  if (!trigger && !subject) return null;
  const url = safeUrl(subject?.htmlUrl ?? null);
  const subjectText = subject
    ? [subject.number !== null ? `#${subject.number}` : null, subject.title].filter(Boolean).join(' ')
    : '';
  return (
    <SectionCard title={t('runTrigger.title')} testId="run-trigger">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <Field label={t('runTrigger.trigger')}>
          {trigger ? (
            <Group gap="xs" data-trigger-kind={trigger.kind}>
              <Badge variant="light">{t(`runTrigger.kinds.${trigger.kind}`)}</Badge>
              <Mono>{trigger.value}</Mono>
            </Group>
          ) : null}
        </Field>
        {trigger?.kind === 'command' && (
          <Field label={t('runTrigger.instruction')}>
            <div data-testid="run-instruction">
              <TextOr value={instruction} placeholder={t('runTrigger.noInstruction')} />
            </div>
          </Field>
        )}
        {subject && subject.kind !== 'none' && (
          <Field label={t(`runTrigger.subjects.${subject.kind}`)}>
            <Stack gap={2} data-testid="run-subject" data-subject-kind={subject.kind}>
              {subjectText &&
                (url ? (
                  <Anchor href={url} target="_blank" rel="noreferrer" size="sm">
                    {subjectText}
                  </Anchor>
                ) : (
                  <Text size="sm">{subjectText}</Text>
                ))}
              {(subject.branch ?? subject.ref) && (
                <Text size="xs" c="dimmed" ff="monospace">
                  {subject.branch ?? subject.ref}
                </Text>
              )}
              {subject.headSha && (
                <Text size="xs" c="dimmed" ff="monospace">
                  {subject.headSha.slice(0, 12)}
                </Text>
              )}
            </Stack>
          </Field>
        )}
      </SimpleGrid>
    </SectionCard>
  );
}
