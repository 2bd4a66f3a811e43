// app/page.jsx: a server component; the chart is a client component, rendered to HTML on the
// server and made live (hydrated) in the browser.
import { OrgChart } from './OrgChart.jsx';

export default function Page() {
  return (
    <main>
      <h1>Who oversees whom</h1>
      <OrgChart />
    </main>
  );
}
