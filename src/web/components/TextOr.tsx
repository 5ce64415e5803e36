import { Text } from '@mantine/core';

/** A value as small text, or the placeholder, dimmed, when there is none. */
export function TextOr({ value, placeholder }: { value: string | null | undefined; placeholder: string }) {
  return (
    <Text size="sm" c={value ? undefined : 'dimmed'}>
      {value || placeholder}
    </Text>
  );
}
