import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ForceId, Role } from '@ros/domain';

@Entity({ name: 'users' })
export class UserRecord {
  @PrimaryColumn({ type: 'text' })
  username!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', nullable: true })
  force!: ForceId | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  /** Set while an admin has disabled the user: no sign-in, and every token refused. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true, insert: false })
  disabledAt!: Date | null;

  @Column({ name: 'disabled_by', type: 'text', nullable: true, insert: false })
  disabledBy!: string | null;
}
