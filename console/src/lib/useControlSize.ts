import { useMediaQuery } from '@mantine/hooks';

/** Controls at least 44 px high for a finger on a phone (Mantine's "lg" is 50 px), dense ones on a desktop. */
export function useControlSize(desktop: 'sm' | 'md' = 'sm'): 'sm' | 'md' | 'lg' {
  return useMediaQuery('(max-width: 48em)') ? 'lg' : desktop;
}
