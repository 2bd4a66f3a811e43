import { useState } from 'react';
// Defines <governance-graph> before React renders it, so that React 19 sets `model` as a property.
import 'governance-graph';
import model from './nato-cyber-defence.json';

export function OrgChart() {
  const [selected, setSelected] = useState(null);
  return (
    <>
      <governance-graph
        model={model}
        ongov-select={(e) => setSelected(e.detail.id)}
        style={{ display: 'block', height: '600px' }}
      />
      <p id="selected">Selected: {selected ?? 'nothing'}</p>
    </>
  );
}
