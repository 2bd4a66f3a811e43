import { createApp } from 'vue';
import OrgChart from './OrgChart.vue';

createApp(OrgChart).mount('#app');
