import { Button, Caption1, Field, Input, mergeClasses } from '@fluentui/react-components';
import { useId, useRef, type ChangeEvent } from 'react';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';

export interface ArchivePickerProps {
  password: string;
  onPasswordChange: (password: string) => void;
  onFiles: (files: File[]) => void;
  /** Files are being held over the pane. */
  dragging: boolean;
}

/** The optional password, then a button (and a drop zone) to choose the ZIP archives. */
export function ArchivePicker({ password, onPasswordChange, onFiles, dragging }: ArchivePickerProps) {
  const text = useMessages().archives;
  const layout = useLayoutStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <>
      {/* A form, so browsers treat the password field as one; Enter submits nothing. */}
      <form onSubmit={(event) => event.preventDefault()}>
        <Field label={text.passwordLabel} hint={text.passwordHint}>
          <Input type="password" autoComplete="off" value={password} onChange={(_, data) => onPasswordChange(data.value)} />
        </Field>
      </form>
      <div className={mergeClasses(layout.dropZone, dragging && layout.dragging)}>
        <input
          id={inputId}
          ref={input}
          className={layout.hiddenInput}
          type="file"
          accept=".zip,application/zip,application/x-zip-compressed"
          multiple
          // The button below is the control people and screen readers use; the input only opens the file dialog.
          tabIndex={-1}
          aria-hidden="true"
          onChange={chosen}
        />
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {text.choose}
        </Button>
        <Caption1>{dragging ? text.dropActive : text.dropHint}</Caption1>
      </div>
    </>
  );
}
