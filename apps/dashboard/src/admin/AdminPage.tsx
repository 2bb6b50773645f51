import { Navigate, NavLink, Route, Routes } from 'react-router';
import { OperationsAdmin } from './operations/OperationsAdmin';
import { PopulationAdmin } from './population/PopulationAdmin';
import { UsersAdmin } from './users/UsersAdmin';
import './admin.css';

/** The admin's screens, one address each so that a link or a reload keeps the tab. */
const AdminPage = () => (
  <article aria-labelledby="admin-title">
    <h1 id="admin-title">Administration</h1>
    <nav aria-label="Administration" className="admin-tabs">
      <NavLink to="/admin/operations">Operations and phases</NavLink>
      <NavLink to="/admin/population">Population</NavLink>
      <NavLink to="/admin/users">Users</NavLink>
    </nav>
    <Routes>
      <Route path="operations" element={<OperationsAdmin />} />
      <Route path="population" element={<PopulationAdmin />} />
      <Route path="users" element={<UsersAdmin />} />
      <Route path="*" element={<Navigate to="/admin/operations" replace />} />
    </Routes>
  </article>
);
export default AdminPage;
