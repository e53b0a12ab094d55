import { Button, ProgressBar, Text } from '@fluentui/react-components';

export interface RunProgressProps {
  /** Where the run has got to, in words. */
  status: string;
  /** The share done (0…1), when known; otherwise the bar just moves. */
  share?: number;
  cancelLabel: string;
  onCancel: () => void;
}

/** A run on the engine worker as the analyst sees it: a bar, what is being done, and «Отмена». */
export function RunProgress({ status, share, cancelLabel, onCancel }: RunProgressProps) {
  return (
    <>
      <ProgressBar value={share} />
      <Text role="status">{status}</Text>
      <Button onClick={onCancel}>{cancelLabel}</Button>
    </>
  );
}
