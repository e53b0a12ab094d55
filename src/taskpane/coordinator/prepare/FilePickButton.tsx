import { Button, type ButtonProps } from '@fluentui/react-components';
import { useRef, type ChangeEvent } from 'react';
import { useLayoutStyles } from '../../layout/useLayoutStyles';

export interface FilePickButtonProps {
  /** The `accept` of the file dialog, e.g. `.xlsx,.csv`. */
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  appearance?: ButtonProps['appearance'];
  size?: ButtonProps['size'];
  children: string;
  /** Names the hidden input for tests and the picker's purpose (`data-picker`). */
  name: string;
}


/** A button that opens the file dialog; the input itself is hidden from people and screen readers. */
export function FilePickButton({ accept, multiple = false, onFiles, appearance, size, children, name }: FilePickButtonProps) {
  const layout = useLayoutStyles();
  const input = useRef<HTMLInputElement>(null);
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Choosing the same file again (after replacing it on disk) must fire again.
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <>
      <input
        ref={input}
        className={layout.hiddenInput}
        type="file"
        accept={accept}
        multiple={multiple}
        data-picker={name}
        tabIndex={-1}
        aria-hidden="true"
        onChange={chosen}
      />
      <Button appearance={appearance} size={size} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
