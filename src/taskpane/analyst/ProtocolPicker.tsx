import { Button, Caption1, mergeClasses } from '@fluentui/react-components';
import { useRef, type ChangeEvent } from 'react';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';

export interface ProtocolPickerProps {
  onFiles: (files: File[]) => void;
  dragging: boolean;
}

/** Files or a whole folder of returned protocols (workbooks, ZIPs); the pane can also take them dropped. */
export function ProtocolPicker({ onFiles, dragging }: ProtocolPickerProps) {
  const text = useMessages().analyst;
  const layout = useLayoutStyles();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (picked.length > 0) onFiles(picked);
  };
  // `webkitdirectory` is not in React's attribute types; every browser engine of Office supports it.
  const folderAttributes = { webkitdirectory: '', directory: '' } as Record<string, string>;
  return (
    <div className={mergeClasses(layout.dropZone, dragging && layout.dragging)}>
      <input
        ref={files}
        className={layout.hiddenInput}
        type="file"
        accept=".xlsx,.xlsm,.zip"
        multiple
        data-picker="protocols"
        tabIndex={-1}
        aria-hidden="true"
        onChange={chosen}
      />
      <input ref={folder} className={layout.hiddenInput} type="file" data-picker="protocol-folder" tabIndex={-1} aria-hidden="true" onChange={chosen} {...folderAttributes} />
      <Button appearance="primary" onClick={() => files.current?.click()}>
        {text.chooseProtocols}
      </Button>
      <Button onClick={() => folder.current?.click()}>{text.chooseFolder}</Button>
      <Caption1>{dragging ? text.dropActive : text.dropHint}</Caption1>
    </div>
  );
}
