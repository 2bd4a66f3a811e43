import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
// Defines <governance-graph> before Angular renders it.
import 'governance-graph';
import type { GovernanceModel, GovSelectDetail } from 'governance-graph';
import model from './nato-cyber-defence.json';

@Component({
  selector: 'app-org-chart',
  standalone: true,
  // <governance-graph> is a custom element, not an Angular component.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <governance-graph [model]="model" (gov-select)="onSelect($event)" style="display: block; height: 600px"></governance-graph>
    <p>Selected: {{ selected ?? 'nothing' }}</p>
  `,
})
export class OrgChartComponent {
  model = model as GovernanceModel;
  selected: string | null = null;

  onSelect(event: Event) {
    this.selected = (event as CustomEvent<GovSelectDetail>).detail.id;
  }
}
