import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';

interface TypedConfirmOptions {
  title: string;
  /** What happens, in a sentence. */
  text: string;
  /** What must be typed, exactly, before the red button works (e.g. the project's slug). */
  phrase: string;
  /** The field's label, saying what to type. */
  label: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  confirmTestId?: string;
}

function TypedConfirmBody({ options, onClose }: { options: TypedConfirmOptions; onClose: () => void }) {
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === options.phrase;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!matches) return;
        onClose();
        options.onConfirm();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{options.text}</Text>
        <TextInput
          label={options.label}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          data-testid="typed-confirm-input"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {options.cancelLabel}
          </Button>
          <Button type="submit" color="red" disabled={!matches} data-testid={options.confirmTestId}>
            {options.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Asks before something large that cannot be undone (deleting a project and all its runs): the red
 * button works only once the phrase is typed, so one stray click never does it.
 */
export function confirmByTyping(options: TypedConfirmOptions): void {
  const id = modals.open({
    title: options.title,
    children: <TypedConfirmBody options={options} onClose={() => modals.close(id)} />,
  });
}
