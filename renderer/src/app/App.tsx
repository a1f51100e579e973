import { Fragment } from 'react';
import { Icon } from '../components/Icon';
import { OnlineIndicator } from '../components/OnlineIndicator';
import { RecoveredNotice } from '../features/recording/RecoveredNotice';
import { hrefFor, useRoute } from './router';
import { NAV_ITEMS, type NavItem } from './screen-registry';
import { SCREEN_COMPONENTS } from './screens';
import { SettingsProvider } from './settings-context';

const GROUPS: ReadonlyArray<NavItem['group']> = ['Practise', 'Progress', 'You'];

function Sidebar({ current }: { current: string }) {
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          iY
        </span>
        <span className="brand-name">IntervYou</span>
      </div>
      <nav aria-label="Main">
        {GROUPS.map((group) => {
          const items = NAV_ITEMS.filter((item) => item.group === group);
          if (items.length === 0) return null;
          return (
            <Fragment key={group}>
              <div className="nav-group">{group}</div>
              <ul>
                {items.map((item) => (
                  <li key={item.id}>
                    <a
                      href={hrefFor(item.id)}
                      className={item.id === current ? 'nav-link is-active' : 'nav-link'}
                      aria-current={item.id === current ? 'page' : undefined}
                    >
                      <Icon name={item.icon} size={18} />
                      <span>{item.label}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </Fragment>
          );
        })}
      </nav>
      <div className="sidebar-footer">
        <OnlineIndicator />
      </div>
    </aside>
  );
}

function NotFound() {
  return (
    <div className="screen">
      <h1>Page not found</h1>
      <p>
        <a href={hrefFor('dashboard')}>Back to the dashboard</a>
      </p>
    </div>
  );
}

export function App() {
  const route = useRoute();
  const Screen = SCREEN_COMPONENTS[route.screen];
  return (
    <SettingsProvider>
      <div className="app">
        <Sidebar current={route.screen} />
        <main className="content" id="main">
          <RecoveredNotice />
          {Screen ? <Screen params={route.params} /> : <NotFound />}
        </main>
      </div>
    </SettingsProvider>
  );
}
