import { useState } from 'react';
import type { CertificateType } from '../constants/CertificateRules';
import { bytesToBase64, checkCertificateBytes, needsShrinking, precheckCertificate, type CertificateProblem } from '../utils/certificateFile';
import { shrinkPhoto } from '../utils/shrinkPhoto';

/** A certificate ready to send: what justifyAbsence's attachment takes, and what the form shows of it. */
export interface PreparedCertificate {
  name: string;
  byteSize: number;
  contentType: CertificateType;
  base64: string;
  shrunk: boolean;
}

export type CertificateState =
  | { phase: 'none' }
  | { phase: 'preparing' }
  | { phase: 'ready'; file: PreparedCertificate }
  | { phase: 'problem'; problem: CertificateProblem | 'UNREADABLE' };

/**
 * The chosen file, checked before anything is sent: its declared type and size first, a photo
 * over the limit shrunk, then its bytes by content as the API checks them, read as base64.
 */
export function useCertificateFile() {
  const [state, setState] = useState<CertificateState>({ phase: 'none' });

  const choose = async (file: File | null | undefined) => {
    if (!file) return setState({ phase: 'none' });
    const first = precheckCertificate(file);
    if (first) return setState({ phase: 'problem', problem: first });
    setState({ phase: 'preparing' });
    try {
      let blob: Blob = file;
      let shrunk = false;
      if (needsShrinking(file)) {
        const smaller = await shrinkPhoto(file);
        if (!smaller) return setState({ phase: 'problem', problem: 'TOO_LARGE' });
        blob = smaller;
        shrunk = true;
      }
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const checked = checkCertificateBytes(bytes);
      if ('problem' in checked) return setState({ phase: 'problem', problem: checked.problem });
      setState({ phase: 'ready', file: { name: file.name, byteSize: bytes.length, contentType: checked.type, base64: bytesToBase64(bytes), shrunk } });
    } catch {
      setState({ phase: 'problem', problem: 'UNREADABLE' });
    }
  };

  return { state, choose: (file: File | null | undefined) => void choose(file), clear: () => setState({ phase: 'none' }) };
}
