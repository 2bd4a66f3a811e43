import { createRoot } from 'react-dom/client';
import { OrgChart } from './OrgChart.jsx';

createRoot(document.getElementById('root')).render(<OrgChart />);
