'use client';
import { useEffect, useRef, useState } from 'react';
// Safe to import on the server too: there it touches no DOM (Lit brings its own stand-ins).
import 'governance-graph';
import model from './nato-cyber-defence.json';

export function OrgChart() {
  const chart = useRef(null);
  const [selected, setSelected] = useState(null);
  // React 19 gives a custom element its properties and listeners when it creates the element,
  // but not when it hydrates one rendered on the server: so they are given here, after hydration.
  useEffect(() => {
    const element = chart.current;
    const onSelect = (e) => setSelected(e.detail.id);
    element.model = model;
    element.addEventListener('gov-select', onSelect);
    return () => element.removeEventListener('gov-select', onSelect);
  }, []);
  return (
    <>
      {/* The element writes its layout and relations attributes as it starts, before hydration. */}
      <governance-graph ref={chart} style={{ display: 'block', height: '600px' }} suppressHydrationWarning />
      <p id="selected">Selected: {selected ?? 'nothing'}</p>
    </>
  );
}
